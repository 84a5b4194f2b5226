ok

aggrate=10hz: exit status 0
ok

switchrate=100ms: exit status 0
ok

statusrate=1s: exit status 0
ok

aggrate=500000000: exit status 0
ok

switchrate=2SEC: exit status 0
exit status 1
exit status 1
-- @@stderr --
dtrace: failed to set -x aggrate: Invalid value for specified option
dtrace: failed to set -x switchrate: Invalid value for specified option
