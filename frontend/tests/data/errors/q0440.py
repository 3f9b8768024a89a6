t"}f"

passf'''