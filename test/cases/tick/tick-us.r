5 firings of tick-20000us

