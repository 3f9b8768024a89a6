print(f"{1:{2}{3}}")
print(f"{x:{y}abc{z}def}")
