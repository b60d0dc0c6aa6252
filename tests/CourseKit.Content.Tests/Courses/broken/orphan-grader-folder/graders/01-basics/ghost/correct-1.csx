double Ghost() => 0;
