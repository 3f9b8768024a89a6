raisee ValueError("Error")
