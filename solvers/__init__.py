"""Solvers for challenge calls: suggested members ranked by fit, expressions of interest and the partner board.

- `fit` ranks members for a call and says why (see docs/solvers.md);
- `models` holds the members' expressions of interest and the messages sent through the
  partner board;
- `views` are the public side (the call page's forms, the partner board), `admin_views`
  the editors' interest list and `wagtail_hooks` the representatives' home panel.
"""
