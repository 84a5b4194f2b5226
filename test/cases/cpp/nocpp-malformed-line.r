-- @@stderr --
dtrace: failed to compile script nocpp-malformed-line.d: [D_PRAGMA_MALFORM] line 7: malformed #line <line> [ ["file"] state ]
