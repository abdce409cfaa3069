# frozen_string_literal: true

DiscourseMediation::Engine.routes.draw do
  get "/help-requests" => "help_requests#index"
  post "/help-requests" => "help_requests#create"
  # The Ember app serves this page; Rails only hands out the app shell.
  get "/my-requests" => "help_requests#index"
end

Discourse::Application.routes.draw { mount ::DiscourseMediation::Engine, at: "mediation" }
