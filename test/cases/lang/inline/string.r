hello, world 5

