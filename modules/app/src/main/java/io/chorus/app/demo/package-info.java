/** Demo mode: fictional users, creators and campaigns for a first look. Never on by default. */
package io.chorus.app.demo;
