exit         1
lwp-create   4
lwp-start    4
lwp-exit     5
new thread   4
same process 4

