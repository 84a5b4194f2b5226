6 threads, each reached 3: 6, most calls by one thread: 5

