abcdef 6

