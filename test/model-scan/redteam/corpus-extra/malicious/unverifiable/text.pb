just some notes
