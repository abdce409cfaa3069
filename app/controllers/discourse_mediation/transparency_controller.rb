# frozen_string_literal: true

module DiscourseMediation
  # Aggregate figures for moderators and voters; moderators can publish them.
  class TransparencyController < ::ApplicationController
    requires_plugin PLUGIN_NAME

    before_action :ensure_logged_in
    before_action :ensure_can_read, unless: -> { request.format.html? }

    def show
      respond_to do |format|
        format.html { render "default/empty" }
        format.json { render json: page(TransparencyQuery.new(period: params[:period])) }
      end
    end

    def publish
      Transparency::Publish.call(service_params) do
        on_success { |report:, post:| render json: page(report).merge(published_url: post.url) }
        on_failed_policy(:is_staff) { raise Discourse::InvalidAccess }
        on_model_not_found(:category) do
          render_json_error(
            I18n.t("discourse_mediation.errors.no_transparency_category"),
            status: 422,
          )
        end
        on_failed_step(:create_topic) { |step| render_json_error(step.error, status: 422) }
        on_failure do
          render_json_error(I18n.t("discourse_mediation.errors.unexpected"), status: 422)
        end
      end
    end

    private

    def ensure_can_read
      raise Discourse::InvalidAccess if !guardian.can_see_mediation_transparency?
    end

    # `TransparencyPage` in lib/types/.
    def page(report)
      category = Category.find_by(id: SiteSetting.mediation_transparency_category)
      {
        period: report.period,
        outcomes: report.outcome_titles.map { |key, title| { key:, title: } },
        rows: report.rows,
        # The figures are counted every ten minutes (TransparencyRollup).
        counted_at: report.counted_at,
        can_publish: guardian.is_staff? && category.present?,
        publish_category: category&.name,
      }
    end
  end
end
