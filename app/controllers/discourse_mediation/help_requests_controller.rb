# frozen_string_literal: true

module DiscourseMediation
  class HelpRequestsController < ::ApplicationController
    include RunsElsewhereServices

    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in

    MY_REQUESTS_LIMIT = 100

    def index
      respond_to do |format|
        format.html { render "default/empty" }
        format.json do
          requests = HelpRequest.listed_for(current_user, MY_REQUESTS_LIMIT)

          render json: {
                   help_requests: serialize_data(requests, MyHelpRequestSerializer, root: false),
                   evidence_limits: Limits.for_evidence,
                 }
        end
      end
    end

    def create
      HelpRequest::Create.call(service_params) do
        on_success do |help_request:, joined_existing_case:|
          render json: {
                   help_request: serialize_data(help_request, MyHelpRequestSerializer, root: false),
                   joined_existing_case:,
                 }
        end
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_model_not_found(:post) do
          render_json_error(I18n.t("discourse_mediation.errors.post_not_found"), status: 404)
        end
        on_failed_policy(:can_request_help) do
          render_json_error(I18n.t("discourse_mediation.errors.not_allowed"), status: 403)
        end
        on_failed_policy(:shares_private_message) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:mediators_can_read) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:within_daily_limit) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:not_asked_twice) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        on_failed_policy(:case_still_mediating) do |policy|
          render_json_error(policy.reason, status: 409)
        end
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
      end
    end

    # About conduct outside the forum: always a new case.
    def create_elsewhere
      run_elsewhere_service(HelpRequest::CreateElsewhere) do
        on_success do |help_request:|
          render json: {
                   help_request: serialize_data(help_request, MyHelpRequestSerializer, root: false),
                   joined_existing_case: false,
                 }
        end
        on_failed_policy(:can_request_help) do
          render_json_error(I18n.t("discourse_mediation.errors.not_allowed"), status: 403)
        end
        on_failed_policy(:within_daily_limit) do |policy|
          render_json_error(policy.reason, status: 422)
        end
        on_failed_policy(:not_asked_twice) do |policy|
          render_json_error(policy.reason, status: 409)
        end
      end
    end

    def withdraw
      HelpRequest::Withdraw.call(service_params) do
        on_success do |help_request:|
          render json: {
                   help_request:
                     serialize_data(help_request.reload, MyHelpRequestSerializer, root: false),
                 }
        end
        on_failed_contract do |contract|
          render json: failed_json.merge(errors: contract.errors.full_messages),
                 status: :unprocessable_content
        end
        on_model_not_found(:help_request) do
          render_json_error(I18n.t("discourse_mediation.errors.request_not_found"), status: 404)
        end
        on_failed_policy(:withdrawable) { |policy| render_json_error(policy.reason, status: 409) }
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
      end
    end
  end
end
