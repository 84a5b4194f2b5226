
                1                4
                2                4
                3                4
  threads                                                          12
                0               12
