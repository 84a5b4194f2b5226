several fast ticks

