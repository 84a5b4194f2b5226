exit status 1
-- @@stderr --
dtrace: invalid probe specifier a:b:c:d:e { exit(0); }: [D_PDESC_INVAL] invalid probe description "a:b:c:d:e": Overspecified probe description
