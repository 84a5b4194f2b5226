7 hello 14

