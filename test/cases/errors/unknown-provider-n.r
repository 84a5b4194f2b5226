exit status 1
-- @@stderr --
dtrace: invalid probe specifier nosuchprovider:::BEGIN: probe description nosuchprovider:::BEGIN does not match any probes
