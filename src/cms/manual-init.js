/* Tells Decap CMS to wait for admin-setup.js (its formats and components) before it starts. */
window.CMS_MANUAL_INIT = true;
