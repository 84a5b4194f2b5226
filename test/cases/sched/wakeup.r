woken at least 5 times
by the other thread at least 5 times
enqueued at least 5 times
dequeued at least 5 times
wrong arguments 0

