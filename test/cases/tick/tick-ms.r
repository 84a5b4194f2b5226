10 firings of tick-10ms

