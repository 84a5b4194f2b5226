verbose

