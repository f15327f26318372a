int *escape() {
  int local = 0;
  return &local;
}
