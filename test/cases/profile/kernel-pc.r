kernel samples: 1, with a user PC: 0, in the upper half: 1

