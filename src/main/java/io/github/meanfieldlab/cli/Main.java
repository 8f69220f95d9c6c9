package io.github.meanfieldlab.cli;
public class Main { public static void main(String[] a) {} }
