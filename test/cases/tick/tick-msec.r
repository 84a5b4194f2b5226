5 firings of tick-20msec

