package org.newsgraph.cli;
public class App { public static void main(String[] a) {} }
