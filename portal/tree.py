"""Appending many children to a treebeard tree (pages, collections) in one insert.

treebeard adds nodes one at a time, a few queries each: tens of seconds for the thousands
of member collections or bulk pages that `generate_bulk_content` creates. A materialised
path is the parent's path followed by the child's position, written in the model's
`alphabet` and padded to `steplen` characters, so the paths of new last children can be
computed here and the rows inserted with `bulk_create`.
"""


def _encode(number, alphabet, width):
    digits = ""
    while number:
        number, digit = divmod(number, len(alphabet))
        digits = alphabet[digit] + digits
    if len(digits) > width:
        raise ValueError(f"A tree level holds at most {len(alphabet) ** width - 1} children")
    return digits.rjust(width, alphabet[0])


def _decode(step, alphabet):
    number = 0
    for char in step:
        number = number * len(alphabet) + alphabet.index(char)
    return number


def next_child_paths(parent, count):
    """Paths for `count` new last children of `parent`, in order.

    The caller inserts them in the same transaction and updates `parent.numchild`.
    """
    model = type(parent)
    last = parent.get_last_child()
    position = _decode(last.path[-model.steplen :], model.alphabet) if last else 0
    return [parent.path + _encode(position + offset, model.alphabet, model.steplen) for offset in range(1, count + 1)]
