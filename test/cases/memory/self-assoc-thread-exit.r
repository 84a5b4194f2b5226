
  kept                                                            600
