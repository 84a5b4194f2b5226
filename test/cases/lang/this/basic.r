5 10 str

