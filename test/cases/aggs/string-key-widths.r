
  a much longer string than sixteen bytes                           1
  dtrace                                                            2
