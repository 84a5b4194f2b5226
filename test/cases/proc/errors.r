exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
exit status 1
-- @@stderr --
dtrace: invalid probe specifier proc:::exec { trace(args[1]); }: in action list: index 1 is out of range for proc:::exec args[ ]
dtrace: invalid probe specifier proc:::signal-send, proc:::signal-handle { trace(args[2]); }: in action list: args[ ] may not be referenced because probe description proc:::signal-handle matches an unstable set of probes
dtrace: invalid probe specifier proc:::signal-* { trace(args[0]); }: in action list: args[ ] may not be referenced because probe description proc:::signal-* matches an unstable set of probes
dtrace: invalid probe specifier proc:::create { trace(args[0]->nosuch); }: in action list: nosuch is not a member of psinfo_t
dtrace: invalid probe specifier proc:::create { trace(args[0]); }: in action list: xlate<> may only be used with a member reference (. or ->)
dtrace: invalid probe specifier proc:::exit { args[0] = 2; }: in action list: operator = can only be applied to a writable variable
dtrace: invalid probe specifier proc:::nosuch { }: probe description proc:::nosuch does not match any probes
