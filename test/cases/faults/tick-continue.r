3 ticks

