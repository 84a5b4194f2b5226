exit status 1
-- @@stderr --
dtrace: invalid probe specifier BEGIN { @["a much longer string than sixteen bytes"] = count(); exit(0); }: in action list: @[ ] key #1 is wider here than in an earlier program
