// Swagger UI on this server's own API description; "Authorize" takes the token from POST /sessions.
window.ui = SwaggerUIBundle({
  url: "/api/v1/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  persistAuthorization: false
});
