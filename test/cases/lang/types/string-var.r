[abc] []

