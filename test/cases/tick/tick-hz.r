5 firings of tick-50hz

