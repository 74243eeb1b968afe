print("ete")
