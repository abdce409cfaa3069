# frozen_string_literal: true

DiscourseMediation::Engine.routes.draw do
  # Pages the Ember app serves; Rails hands out the app shell, and JSON to the app.
  get "/" => "cases#index"
  get "/my-requests" => "help_requests#index"

  get "/help-requests" => "help_requests#index"
  post "/help-requests" => "help_requests#create"
  put "/help-requests/:help_request_id/withdraw" => "help_requests#withdraw"

  get "/cases" => "cases#index"
  get "/cases/:case_id" => "cases#show"
  put "/cases/:case_id/claim" => "cases#claim"
  put "/cases/:case_id/assign" => "cases#assign"
  put "/cases/:case_id/resolve" => "cases#resolve"
  put "/cases/:case_id/escalate" => "cases#escalate"
  post "/cases/:case_id/notes" => "cases#add_note"
  post "/cases/:case_id/people" => "cases#add_person"
  delete "/cases/:case_id/people/:user_id" => "cases#remove_person"
  post "/cases/:case_id/conversation" => "cases#open_conversation"
  post "/cases/:case_id/cool-down" => "cases#cool_down"
end

Discourse::Application.routes.draw { mount ::DiscourseMediation::Engine, at: "mediation" }
