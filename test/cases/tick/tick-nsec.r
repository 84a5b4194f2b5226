5 firings of tick-20000000nsec

