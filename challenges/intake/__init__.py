"""Challenge intake: the public "Bring us a challenge" form and the editors' review of what it brings.

`guards` keeps spam and abuse out, `uploads` checks and keeps attachments, `receipt`
stores a submission, `drafts` turns it into a draft call in the "Challenge intake"
workflow, `decisions` publishes or rejects it and asks questions, `mail` writes to the
submitter in their language; `views` is the public form and `admin` the editors'
overview. See docs/intake.md.
"""
