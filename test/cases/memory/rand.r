ffffffff ffffffff 0

