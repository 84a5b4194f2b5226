first: 10
second: 11
third: 12

