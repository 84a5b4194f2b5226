lwp-create 1
create 1 1
start 1 1
lwp-start 1 1
lwp-exit 1
exit 1
reason 1

