predicate 1 ran
predicate -1 ran

