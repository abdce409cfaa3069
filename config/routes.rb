# frozen_string_literal: true

DiscourseMediation::Engine.routes.draw do
  # Pages the Ember app serves; Rails hands out the app shell, and JSON to the app.
  get "/" => "cases#index"
  get "/my-requests" => "help_requests#index"

  get "/help-requests" => "help_requests#index"
  post "/help-requests" => "help_requests#create"
  post "/help-requests/elsewhere" => "help_requests#create_elsewhere"
  put "/help-requests/:help_request_id/withdraw" => "help_requests#withdraw"

  get "/cases" => "cases#index"
  post "/cases/elsewhere" => "cases#open_elsewhere"
  get "/cases/:case_id" => "cases#show"
  put "/cases/:case_id/claim" => "cases#claim"
  put "/cases/:case_id/assign" => "cases#assign"
  put "/cases/:case_id/resolve" => "cases#resolve"
  put "/cases/:case_id/escalate" => "cases#escalate"
  post "/cases/:case_id/notes" => "cases#add_note"
  post "/cases/:case_id/people" => "cases#add_person"
  delete "/cases/:case_id/people/:user_id" => "cases#remove_person"
  post "/cases/:case_id/posts" => "cases#attach_post"
  delete "/cases/:case_id/posts/:attached_post_id" => "cases#detach_post"
  post "/cases/:case_id/evidence" => "cases#add_evidence"
  delete "/cases/:case_id/evidence/:evidence_id" => "cases#remove_evidence"
  post "/cases/:case_id/conversation" => "cases#open_conversation"
  post "/cases/:case_id/cool-down" => "cases#cool_down"
  put "/cases/:case_id/report" => "cases#save_report"
  post "/cases/:case_id/report/submit" => "cases#submit_report"
  put "/cases/:case_id/extension" => "cases#decide_extension"
  post "/cases/:case_id/interim-suspension" => "cases#interim_suspension"
  post "/cases/:case_id/implement" => "cases#implement"
  post "/cases/:case_id/implementation/preview" => "cases#implementation_preview"
  post "/cases/:case_id/review" => "cases#review"
  post "/cases/:case_id/recommendations" => "cases#recommend"
  put "/cases/:case_id/recommendations/:recommendation_id/passed-on" =>
        "cases#pass_on_recommendation"
  put "/cases/:case_id/questions/:question_id" => "cases#answer_question"
  # A coaching outcome: the mediator's side; the person concerned's is below.
  post "/cases/:case_id/coaching/plan" => "cases#propose_coaching_plan"
  put "/cases/:case_id/coaching/check-ins/:check_in_id" => "cases#record_coaching_check_in"
  post "/cases/:case_id/coaching/result" => "cases#finish_coaching"

  # For moderators (and, for transparency, voters).
  get "/archive" => "archive#index"
  get "/transparency" => "transparency#show"
  post "/transparency/publish" => "transparency#publish"

  # The person concerned, and the people named as affected.
  get "/cases/:case_id/statement" => "statements#show"
  post "/cases/:case_id/statement" => "statements#create"
  post "/cases/:case_id/statement/decline" => "statements#decline"
  post "/cases/:case_id/extension" => "statements#request_extension"
  post "/cases/:case_id/waive" => "statements#waive"
  post "/cases/:case_id/statement/answer" => "statements#answer"
  post "/cases/:case_id/review-statement" => "statements#review_statement"
  post "/cases/:case_id/reminder-answer" => "statements#answer_reminder"
  post "/cases/:case_id/recommendations/:recommendation_id/answer" =>
         "statements#answer_recommendation"
  post "/cases/:case_id/recusal-requests" => "statements#request_recusal"
  post "/cases/:case_id/appeal" => "statements#appeal"
  post "/cases/:case_id/coaching/answer" => "statements#answer_coaching_plan"
  post "/cases/:case_id/coaching/summary" => "statements#write_coaching_summary"
  put "/cases/:case_id/recusal-requests/:recusal_request_id" => "cases#decide_recusal"

  # The secret ballot.
  get "/ballots/:ballot_id" => "ballots#show"
  post "/ballots/:ballot_id/vote" => "ballots#vote"
  post "/ballots/:ballot_id/verify" => "ballots#verify"
  post "/ballots/:ballot_id/step-aside" => "ballots#step_aside"
  post "/ballots/:ballot_id/questions" => "ballots#ask_question"

  # Public; the editor is for admins.
  get "/published-list" => "published_list#show"
  get "/admin/published-list" => "published_list#admin_index"
  post "/admin/published-list" => "published_list#create"
  put "/admin/published-list/order" => "published_list#reorder"
  put "/admin/published-list/:key" => "published_list#update"
  put "/admin/published-list/:key/retire" => "published_list#retire"
  put "/admin/published-list/:key/restore" => "published_list#restore"
  put "/admin/ladder" => "published_list#update_ladder"
end

Discourse::Application.routes.draw { mount ::DiscourseMediation::Engine, at: "mediation" }
