CPU     ID                    FUNCTION:NAME
  0      1                           :BEGIN   0x0                                                 0x1                                                 0x2                                               |0x0|0x10|0x3   |

