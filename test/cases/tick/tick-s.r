profile:::tick-1s

