samples: many
mostly user: 1
both: 0 neither: 0
user + kernel = all: 1

